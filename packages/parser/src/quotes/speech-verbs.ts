/** Reporting verbs that attribute words to a speaker in news copy ("said", "told reporters", "tweeted"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `said says say saying told tells tell added adds noted notes shared shares stated states wrote writes tweeted
  tweets posted posts explained explains elaborated elaborates argued argues insisted insists warned warns
  claimed claims asked asks replied replies continued continues announced announces declared declares remarked
  remarks commented comments observed observes acknowledged acknowledges admitted admits conceded concedes
  confirmed confirms emphasised emphasized emphasises emphasizes stressed stresses suggested suggests urged urges
  recalled recalls testified responded responds countered counters quipped predicted predicts vowed vows pledged
  promised promises reiterated reiterates underlined highlighted highlights maintained maintains contended
  concluded concludes cautioned cautions complained complains lamented laments boasted joked recounted revealed
  reveals disclosed reported reports exclaimed mused agreed agrees thundered wrote blogged texted messaged
  announced alleged alleges assured assures estimated estimates told
  explained answered answers demanded demands wondered wonders whispered shouted screamed yelled acknowledged`
    .split(/\s+/)
    .filter((verb) => verb.length > 0),
);

/** Alternation of the verbs for regular expressions, longest first so "says" is not read as "say". */
export const SPEECH_VERB_PATTERN = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join("|");
