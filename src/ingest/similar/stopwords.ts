/**
 * Words that say nothing about what a paper is about: English function words and the stock
 * vocabulary of abstracts ("we propose a novel approach … experiments show"). Without the
 * second half, every pair of abstracts would look alike for "results" and "performance".
 */
export const STOPWORDS = new Set(
  `
  a about above across after again against all almost also although always among an and another
  any are around as at be because been before being below between both but by can could did do
  does doing done down during each either else even ever every few for from further had has have
  having he her here hers him his how however i if in into is it its itself just least less like
  made make makes many may more most much must my neither no nor not now of off often on once one
  only onto or other others our ours out over own per rather same she should since so some such
  than that the their theirs them then there therefore these they this those though through thus
  to too under until up upon us very via was we well were what when where whether which while who
  whom whose why will with within without would yet you your
  paper papers propose proposed proposes present presents presented introduce introduces
  introduced approach approaches method methods result results show shows shown showing
  demonstrate demonstrates demonstrated experiment experiments experimental extensive new novel
  existing prior previous recent recently work works study studies based using use used uses
  achieve achieves achieved achieving state-of-the-art art state performance perform performs
  significantly significant substantially improve improves improved improvement improvements
  outperform outperforms outperforming provide provides provided various several different
  first second third two three four five six many large small high low better best good
  furthermore moreover additionally finally specifically particular particularly including
  include includes however while task tasks problem problems key main able ability effective
  effectively efficient efficiently simple strong stronger available code publicly release
  released github com https http www
  `
    .split(/\s+/)
    .filter((word) => word !== ''),
);
