export function publicKeyDer(privateKeyPem: string): Buffer;
export function manifestKey(privateKeyPem: string): string;
export function extensionId(publicDer: Buffer): string;
export function newSigningKey(): string;
export function packCrx(zip: Buffer, privateKeyPem: string): Buffer;
