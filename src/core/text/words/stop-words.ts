// Stop words of lexical search: function words of English and of the other languages Parallax meets,
// plus words too common in news to tell stories apart ("said", "year", "photo"). Matching and the
// search index drop them; the figure stages use function-words.ts instead ("year" is a unit there).

const ENGLISH_STOP =
  'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
  'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how ' +
  'i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own ' +
  'same she should so some such than that the their theirs them themselves then there these they this those through to too under until up ' +
  'very was we were what when where which while who whom why will with would you your yours yourself yourselves said says say saying ' +
  'one two three four five six seven eight nine ten first new last year years week weeks day days time times told according like may might ' +
  'us mr mrs ms per via including since many much well even still yet back get gets got make makes made way across around another ' +
  'dont doesnt didnt isnt wasnt arent werent wont wouldnt shouldnt couldnt hasnt havent hadnt cant im ive youre theyre thats ' +
  'just going go goes went come comes came take takes took want wants know think see seen look use used using ' +
  'image images photo photos photograph getty caption copyright advertisement click subscribe newsletter';

// Function words of the other languages Parallax meets (French, Spanish, Portuguese, German, Italian,
// Czech), without the ones that are also English content words ("die", "war", "son", "fine"...).
const OTHER_STOP =
  'le la les un une des du de au aux et est sont ont été être avec pour dans par sur qui que quoi dont ou où mais ne pas plus ' +
  'ce cet cette ces il elle ils elles nous vous leur leurs sa ses lui se en été fait comme tout tous très aussi entre sans sous après avant ' +
  'el los las una unos unas del al es son fue ser por para con sin sobre entre pero como más muy ya su sus lo le se que qué ' +
  'em um uma uns umas os da das do dos na nas no nos ao aos pelo pela pelos pelas com sem mas foi ser ter está são não mais muito ' +
  'der den dem des das ein eine einer eines einem einen und ist sind wird werden wurde mit für auf aus bei nach von zu zum zur ' +
  'nicht auch sich dass oder wie noch nur über unter kann ich sie wir ihr es er ' +
  'il lo gli della delle dei degli nel nella che di con per tra fra sono stato essere questo questa anche ' +
  'je se na ve ze za do od po pro při jako který která které jsou byl byla bylo být že ale jen už tak také kde ' +
  'avec chez selon lors ainsi donc car quand alors déjà encore';

export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH_STOP} ${OTHER_STOP}`.split(/\s+/).filter(Boolean));
