// Reproduction for docs/upstream/postal-mime-pass-through-lines.md.
// Run: `npm install postal-mime@4.0.0 && node postal-mime-pass-through-lines.mjs`
// (in a Probity checkout, `node docs/upstream/postal-mime-pass-through-lines.mjs`).
// Prints the CPU time and peak memory of PostalMime.parse for the same 100,000
// short lines sent as they are (7bit) and as quoted-printable, then the cost of
// the Blob that the 7bit part is gathered into, built alone.
import PostalMime from 'postal-mime';

const LINES = 100_000;
const cpuMs = (started) => {
  const used = process.cpuUsage(started);
  return Math.round((used.user + used.system) / 1000);
};

for (const encoding of ['7bit', 'quoted-printable']) {
  const message = `From: a@example.org\r\nSubject: Lines\r\nContent-Type: text/plain; charset=utf-8\r\n`
    + `Content-Transfer-Encoding: ${encoding}\r\n\r\n${'Hi there.\r\n'.repeat(LINES)}`;
  const started = process.cpuUsage();
  const email = await PostalMime.parse(message);
  console.log(`${LINES} lines, ${encoding}: ${cpuMs(started)} ms CPU, ${email.text.length} characters of text`);
}

const pieces = [];
for (let line = 0; line < LINES; line++) pieces.push(new Uint8Array(9), '\n');
const started = process.cpuUsage();
new Blob(pieces);
console.log(`a Blob of ${pieces.length} pieces: ${cpuMs(started)} ms CPU; peak memory of this process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
