// Reproduction for docs/upstream/postal-mime-encoded-words.md.
// Run: `npm install postal-mime@4.0.0 && node postal-mime-encoded-words.mjs`
// (in a Probity checkout, `node docs/upstream/postal-mime-encoded-words.mjs`).
// Prints the CPU time of PostalMime.parse for a Subject of 12,000, 24,000 and
// 48,000 adjacent encoded words, then for 48,000 that cannot be joined.
import PostalMime from 'postal-mime';

async function parseCpuMs(subject) {
  const message = `From: a@example.org\r\nSubject: ${subject}\r\n\r\nbody\r\n`;
  const started = process.cpuUsage();
  await PostalMime.parse(message);
  const used = process.cpuUsage(started);
  return Math.round((used.user + used.system) / 1000);
}

for (const words of [12_000, 24_000, 48_000]) {
  console.log(`${words} joinable words: ${await parseCpuMs(Array(words).fill('=?utf-8?B?YWJj?=').join(' '))} ms CPU`);
}
console.log(`48000 padded words: ${await parseCpuMs(Array(48_000).fill('=?utf-8?B?YQ==?=').join(' '))} ms CPU`);
