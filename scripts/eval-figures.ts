// npm run eval:figures [-- --verbose]
// Span precision / recall / F1 and value accuracy of extractFigures on the public quantity suites in
// tests/fixtures/quantities (see that folder's README for sources and licences).
// --verbose lists every miss, false positive, wrong value, differing span and designed-out item.
import { scoreFigureSuites } from './score-figure-suites.ts';

const verbose = process.argv.includes('--verbose');

const HEADER = `Figure extraction on public quantity suites (Recognizers-Text English specs, quantulum3 tests)
How it is compared:
- Each suite scores only the kinds it models: Currency=money, Percent=percent, Ordinal=ordinal, Age=age,
  Dimension=quantities except temperatures, Temperature=quantities in degrees; Number, NumberRange and
  quantulum3 score every kind but ordinal.
- Expected items with no numeric value (Recognizers' relative ordinals "last"/"next", a bare "percent",
  a unit word alone) are not figures and are dropped.
- "out" = expected items Parallax rejects by design and says so (numbers inside dates, bare years,
  decades, times of day, phone numbers, IP addresses, model names such as "SCP-173", "Voyager 2",
  "English 101", list markers). They are left out of P/R/F1; R(all) counts them as misses. Digits
  glued to letters Parallax does not know ("10G", "0.8rad") and forms it does not parse ("1 over 3",
  "3 dollars 50 cents", "percent of 10") stay in and count as misses.
- Exact = same [start,end). Overlap = spans share a character: Parallax keeps hedges ("more than") out
  of a span and currency and units in, so span conventions differ from suite to suite.
- Value = share of overlap matches whose value is right (ranges: min, max or midpoint; cents in dollars).
`;

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const rows = scoreFigureSuites();
console.log(HEADER);
const head = ['suite'.padEnd(24), 'cases', ' gold', '  out', ' pred', ' exP  ', ' exR  ', ' exF1 ', ' ovP  ', ' ovR  ', ' ovF1 ', 'R(all)', 'value'];
console.log(head.join(' '));
console.log('-'.repeat(head.join(' ').length));
for (const r of rows) {
  console.log([
    r.name.padEnd(24),
    String(r.cases).padStart(5),
    String(r.gold).padStart(5),
    String(r.designedOut).padStart(5),
    String(r.predicted).padStart(5),
    pct(r.exact.p), pct(r.exact.r), pct(r.exact.f1),
    pct(r.overlap.p), pct(r.overlap.r), pct(r.overlap.f1),
    pct(r.recallAll) + ' ',
    pct(r.valueAccuracy),
  ].join(' '));
}
if (verbose) {
  for (const r of rows) {
    console.log(`\n## ${r.name}`);
    for (const m of r.misses) console.log(`  miss   ${m}`);
    for (const m of r.falsePositives) console.log(`  extra  ${m}`);
    for (const m of r.wrongValues) console.log(`  value  ${m}`);
    for (const m of r.spanDiffs) console.log(`  span   ${m}`);
    for (const m of r.designedOutItems) console.log(`  out    ${m}`);
  }
}
