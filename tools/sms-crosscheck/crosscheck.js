#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-checks Tribune's SMS engine (through the smsanalyse helper) against Twilio's segment
// calculator (npm "sms-segments-calculator") on random messages from a fixed seed, and explains
// every disagreement by category. Usage: node crosscheck.js [path/to/smsanalyse] [count] [seed]
'use strict';

const { spawnSync } = require('child_process');
const { SegmentedMessage } = require('sms-segments-calculator');

const binary = process.argv[2] || process.env.SMSANALYSE || '/tmp/toolsbuild/tools/sms-crosscheck/smsanalyse';
const count = Number(process.argv[3] || 5000);
const seed = Number(process.argv[4] || 20260427);

// mulberry32: small, deterministic, good enough to pick characters.
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(seed);
const below = (n) => Math.floor(random() * n);
const pick = (list) => list[below(list.length)];

const GSM = [...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'];
const EXTENSION = [...'\f^{}\\[~]|€'];
const FRENCH_GSM = [...'àäéèùöüæÄÖÜÉÆÇ'];
const FRENCH_NOT_GSM = [...'âêôîïëûÿœçÀÂÊÔÈËÎÏÙÛŸŒ«»’‘“”…–—\u00A0\u202F°•·'];
// Single code points, modifier sequences, flags, variation selectors, ZWJ families, CJK.
const EMOJI = ['😀', '🎉', '👍', '👍🏽', '🇫🇷', '❤️', '👨‍👩‍👧', '✅', '中', '☺'];
const DECOMPOSED = ['e\u0301', 'e\u0302', 'c\u0327', 'a\u0300', 'i\u0308'];
const SENTENCES = [
  'Bonjour {prenom}, la réunion publique a lieu jeudi à 19 h à la salle des fêtes. ',
  'Votre bureau de vote : école Jules-Ferry, 12 rue de la Paix. ',
  'Élections municipales : votez le 15 mars ! Coût de la campagne : 0 €. ',
  'Rendez-vous dimanche au marché, près de l’église. ',
  'Merci à tous pour votre soutien. STOP au 36111. ',
  'Ça commence à 18 h, n’oubliez pas votre carte d’électeur… ',
  'Notre programme : écoles, crèches & transports. ',
];

function randomText(pools, length) {
  let text = '';
  for (let i = 0; i < length; ++i) text += pick(pick(pools));
  return text;
}

// Texts built to sit on the 153/160 and 67/70 boundaries with a 2-unit character across them.
function boundaryText() {
  if (random() < 0.5) {
    const head = 'a'.repeat(148 + below(16));
    return head + pick(EXTENSION) + 'b'.repeat(below(160)) + (random() < 0.3 ? pick(EXTENSION) : '');
  }
  const head = 'ê'.repeat(62 + below(12));
  return head + pick(['😀', '🎉', '👍']) + 'é'.repeat(below(80));
}

function generate() {
  const mode = below(8);
  switch (mode) {
  case 0: return { category: 'gsm', text: randomText([GSM], below(400)) };
  case 1: return { category: 'gsm+extension', text: randomText([GSM, GSM, EXTENSION], below(400)) };
  case 2: return { category: 'french gsm', text: randomText([GSM, GSM, FRENCH_GSM, EXTENSION], below(400)) };
  case 3: return { category: 'french', text: randomText([GSM, GSM, GSM, FRENCH_GSM, FRENCH_NOT_GSM], below(300)) };
  case 4: {
    let text = '';
    const sentences = 1 + below(8);
    for (let i = 0; i < sentences; ++i) text += pick(SENTENCES);
    return { category: 'sentences', text };
  }
  case 5: return { category: 'emoji', text: randomText([GSM, GSM, GSM, EMOJI, FRENCH_NOT_GSM], below(200)) };
  case 6: return { category: 'boundary', text: boundaryText() };
  default:
    if (random() < 0.5)
      return { category: 'decomposed', text: randomText([GSM, GSM, GSM, DECOMPOSED], below(200)) };
    return { category: 'long', text: randomText([GSM, GSM, GSM, GSM, EXTENSION, FRENCH_NOT_GSM, EMOJI], 500 + below(1500)) };
  }
}

const messages = [];
for (let i = 0; i < count; ++i) messages.push(generate());
// Plus every BMP character alone (surrogates excepted: they are not characters), so that the two
// GSM tables are compared entry by entry, not only through what the generator happens to pick.
for (let code = 0; code < 0x10000; ++code) {
  if (code < 0xd800 || code > 0xdfff) messages.push({ category: 'alphabet', text: String.fromCharCode(code) });
}

// ASCII-only JSON (\uXXXX escapes): Qt's JSON reader drops a raw U+FEFF at the start of a string.
const asciiJson = (text) =>
  JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const run = spawnSync(binary, {
  input: messages.map((m) => asciiJson(m.text)).join('\n') + '\n',
  maxBuffer: 1 << 30,
});
if (run.error || run.status !== 0) {
  console.error(`cannot run ${binary}:`, run.error || run.stderr.toString());
  process.exit(2);
}
const tribune = run.stdout.toString().trim().split('\n').map((line) => JSON.parse(line));
if (tribune.length !== messages.length) {
  console.error(`smsanalyse answered ${tribune.length} lines for ${messages.length} messages`);
  process.exit(2);
}

// Parts of a message whose pieces (code points or graphemes) have the given widths, cutting
// before a piece that does not fit whole: 160/153 (GSM-7) or 70/67 (UCS-2) units per part.
function countParts(widths, gsm) {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  if (total <= (gsm ? 160 : 70)) return 1;
  const capacity = gsm ? 153 : 67;
  let parts = 0;
  let used = 0;
  for (const width of widths) {
    if (parts === 0 || used + width > capacity) {
      parts += 1;
      used = width;
    } else {
      used += width;
    }
  }
  return parts;
}

// The kind of a grapheme cluster made of several code points.
function clusterKind(grapheme) {
  if (/\p{Regional_Indicator}/u.test(grapheme)) return 'flag';
  if (grapheme.includes('\u200d')) return 'ZWJ sequence';
  if (/[\u{1F3FB}-\u{1F3FF}]/u.test(grapheme)) return 'skin tone';
  if (grapheme.includes('\ufe0f')) return 'variation selector';
  if (/\p{M}/u.test(grapheme)) return 'base + combining mark';
  return 'other';
}

// Why two answers differ, checked rather than guessed. Both sides keep grapheme clusters whole in
// UCS-2, but Tribune (Qt's boundaries, re-checked against UAX #29) keeps a few sequences together
// that Twilio's grapheme-splitter 1.0.4 separates (CR LF, which Twilio splits on purpose, a skin
// tone after a non-emoji, a mark after a control character, Indic conjuncts): Tribune one part
// more is "safe" (see README.md); Tribune fewer parts is never acceptable.
function explain(text, ours, theirs) {
  if (ours.encoding !== theirs.encoding) {
    const theirNonGsm = new Set(theirs.nonGsm);
    return `encoding: non-GSM for Tribune only ${JSON.stringify(ours.nonGsm.filter((c) => !theirNonGsm.has(c)))}`;
  }
  if (ours.units !== theirs.units) return 'units differ (unexplained)';
  const gsm = ours.encoding === 'GSM-7';
  if (gsm) return 'GSM-7 parts differ (unexplained)';
  const byGrapheme = countParts(theirs.graphemes.map((g) => g.length), false);
  if (byGrapheme === theirs.parts && ours.parts === theirs.parts + 1)
    return 'UCS-2 parts: Tribune keeps together a sequence that Twilio splits (safe: one part more)';
  return `UCS-2 parts differ (unexplained: Tribune ${ours.parts < theirs.parts ? 'under' : 'over'}-counts)`;
}

// The multi-code-point clusters that straddle a 67-unit cut made at code points: the places where
// keeping clusters whole matters, to show that the generated messages exercise the rule.
function straddlingClusters(text, graphemes) {
  const cuts = new Set();
  let used = 0;
  let position = 0;
  for (const c of text) {
    if (used + c.length > 67) {
      cuts.add(position);
      used = 0;
    }
    used += c.length;
    position += c.length;
  }
  const kinds = [];
  position = 0;
  for (const g of graphemes) {
    for (let i = position + 1; i < position + g.length; ++i) {
      if (cuts.has(i)) kinds.push(clusterKind(g));
    }
    position += g.length;
  }
  return kinds;
}

let agreeEncoding = 0;
let agreeUnits = 0;
let agreeParts = 0;
let agreeAll = 0;
const categories = new Map();
const clusterKinds = new Map();
let moreParts = 0; // messages that take more parts than when cut between code points
const byMode = new Map();
messages.forEach((message, i) => {
  const twilio = new SegmentedMessage(message.text);
  const bitsPerUnit = twilio.encodingName === 'GSM-7' ? 7 : 16;
  const theirs = {
    encoding: twilio.encodingName,
    units: twilio.messageSize / bitsPerUnit,
    // An empty text is one (empty) segment for Twilio; Tribune sends nothing: no parts.
    parts: message.text.length === 0 ? 0 : twilio.segmentsCount,
    nonGsm: twilio.getNonGsmCharacters(),
    graphemes: twilio.graphemes,
  };
  const ours = tribune[i];
  if (ours.encoding === 'UCS-2' && ours.parts > 1) {
    for (const kind of straddlingClusters(message.text, theirs.graphemes))
      clusterKinds.set(kind, (clusterKinds.get(kind) || 0) + 1);
    if (countParts([...message.text].map((c) => c.length), false) !== ours.parts) moreParts += 1;
  }
  const sameEncoding = ours.encoding === theirs.encoding;
  const sameUnits = ours.units === theirs.units;
  const sameParts = ours.parts === theirs.parts;
  agreeEncoding += sameEncoding;
  agreeUnits += sameUnits;
  agreeParts += sameParts;
  const mode = byMode.get(message.category) || { total: 0, agree: 0 };
  mode.total += 1;
  if (sameEncoding && sameUnits && sameParts) {
    agreeAll += 1;
    mode.agree += 1;
  } else {
    const why = explain(message.text, ours, theirs);
    const entry = categories.get(why) || { count: 0, example: null };
    entry.count += 1;
    if (!entry.example || message.text.length < entry.example.text.length)
      entry.example = { text: message.text, tribune: { encoding: ours.encoding, units: ours.units, parts: ours.parts }, twilio: { encoding: theirs.encoding, units: theirs.units, parts: theirs.parts } };
    categories.set(why, entry);
  }
  byMode.set(message.category, mode);
});

console.log(`sms-segments-calculator ${require('sms-segments-calculator/package.json').version}, seed ${seed}: ${count} random messages + ${messages.length - count} single BMP characters`);
const total = messages.length;
console.log(`encoding agrees: ${agreeEncoding}/${total}`);
console.log(`units agree:     ${agreeUnits}/${total}`);
console.log(`parts agree:     ${agreeParts}/${total}`);
console.log(`all three agree: ${agreeAll}/${total}`);
console.log('by kind of message:');
for (const [name, mode] of [...byMode.entries()].sort())
  console.log(`  ${name.padEnd(14)} ${mode.agree}/${mode.total}`);
if (categories.size > 0) {
  console.log('disagreements:');
  for (const [why, entry] of [...categories.entries()].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${entry.count} x ${why}`);
    const example = entry.example;
    const shown = example.text.length > 120 ? `${[...example.text].slice(0, 60).join('')}… (${example.text.length} units)` : example.text;
    console.log(`      shortest: ${JSON.stringify(shown)}`);
    console.log(`      Tribune ${JSON.stringify(example.tribune)}  Twilio ${JSON.stringify(example.twilio)}`);
  }
}
if (clusterKinds.size > 0)
  console.log(`clusters across a 67-unit cut, kept whole (a cut between code points would split them): ${JSON.stringify(Object.fromEntries(clusterKinds))}`);
console.log(`messages that take one part more than when cut between code points: ${moreParts}`);
// Exit 1 when a disagreement is left unexplained.
process.exit([...categories.keys()].some((why) => why.includes('unexplained') || why.startsWith('encoding')) ? 1 : 0);
