// A packed Chrome extension (CRX3), written with node:crypto, and the
// extension id that goes with a key. The format, as Chromium reads it
// (components/crx_file/crx3.proto and crx_verifier.cc): the magic "Cr24",
// format version 3 and the header's length (both 32-bit little-endian), a
// CrxFileHeader protocol buffer, then the zip. The header holds the RSA
// public key with its SHA-256 PKCS#1 v1.5 signature, and the signed data: the
// crx id, the first 16 bytes of the SHA-256 of the public key. What is
// signed: "CRX3 SignedData\0", the signed data's length (32-bit LE), the
// signed data, then the zip.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';

const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'binary');

/** A protocol-buffer varint. */
function varint(value) {
  const bytes = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** One length-delimited protocol-buffer field (wire type 2). */
function field(number, bytes) {
  return Buffer.concat([varint(number * 8 + 2), varint(bytes.length), bytes]);
}

function uint32le(value) {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}

/** The public key as a DER SubjectPublicKeyInfo, which both the CRX header and the manifest's `key` carry. */
export function publicKeyDer(privateKeyPem) {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' });
}

/** The manifest's `key`: the public key, base64. */
export function manifestKey(privateKeyPem) {
  return publicKeyDer(privateKeyPem).toString('base64');
}

/** Chrome's extension id: the first 16 bytes of the key's SHA-256, each hex digit written a–p. */
export function extensionId(publicDer) {
  return [...createHash('sha256').update(publicDer).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** A new 2048-bit RSA signing key, PKCS#8 PEM. */
export function newSigningKey() {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
}

/** The CRX3 file for a zip, signed with the key. */
export function packCrx(zip, privateKeyPem) {
  const publicDer = publicKeyDer(privateKeyPem);
  const crxId = createHash('sha256').update(publicDer).digest().subarray(0, 16);
  const signedData = field(1, crxId);
  const signature = sign('sha256', Buffer.concat([SIGNATURE_CONTEXT, uint32le(signedData.length), signedData, zip]), createPrivateKey(privateKeyPem));
  const header = Buffer.concat([
    field(2, Buffer.concat([field(1, publicDer), field(2, signature)])),
    field(10000, signedData),
  ]);
  return Buffer.concat([Buffer.from('Cr24', 'binary'), uint32le(3), uint32le(header.length), header, zip]);
}
