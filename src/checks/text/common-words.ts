/**
 * Common English words (lower-case). The sentence splitter uses them where Punkt consults its
 * trained statistics: a capitalised word from this list after `J.` or `U.S.` is taken to start a
 * new sentence; a capitalised word not in it is taken to be a name (`J. Bach`).
 */
export const commonWords: ReadonlySet<string> = new Set(
  // pronouns, determiners, quantifiers
  (
    'i you he she it we they me him her us them my your his its our their mine yours ours theirs ' +
    'this that these those there here what which who whom whose where when why how whatever whoever ' +
    'a an the some any no every each either neither both all most many much more few several one ' +
    'another other such own same ' +
    // conjunctions, prepositions, adverbs
    'and but or nor so yet for if unless because since although though while whereas as than then ' +
    'in on at by with without from into onto over under about above below after before between ' +
    'through during against among around along across behind beyond near toward towards upon within ' +
    'of to up down out off again also just only even still already always never often sometimes ' +
    'usually perhaps maybe however therefore thus hence moreover furthermore meanwhile otherwise ' +
    'instead indeed finally first second third next last lastly now today tomorrow yesterday soon ' +
    'later once twice not yes very too quite rather really well almost nearly simply overall ' +
    'additionally similarly consequently nevertheless nonetheless accordingly besides regardless ' +
    'despite according unfortunately fortunately ultimately basically generally specifically ' +
    'importantly interestingly notably clearly certainly surely actually especially ' +
    // verbs (base, third person, contractions)
    'is are was were be been being am has have had having do does did done doing will would shall ' +
    "should can could may might must need needs let let's lets please make makes made go goes went " +
    'get gets got take takes took give gives gave come comes came see sees saw know knows knew ' +
    'think thinks thought say says said tell tells told ask asks asked use uses used find finds found ' +
    'want wants keep keeps try tries call calls feel feels seem seems leave look looks start starts ' +
    'remember note consider check stay enjoy follow add choose include imagine thank thanks welcome ' +
    "don't doesn't didn't can't won't isn't aren't wasn't it's that's there's here's " +
    "i'm i've i'll i'd you're you'll we're we'll they're he's she's what's " +
    // common nouns and adjectives that open sentences
    'dear hello hi hey good great best new old many people time way day year thing things part ' +
    'example note step steps tip tips summary conclusion introduction overview result results ' +
    'answer question reason idea problem solution option options point points list'
  ).split(' '),
);
