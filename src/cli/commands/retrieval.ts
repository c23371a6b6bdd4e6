import type { CliCommand } from '../command.js';

/** Options of `fixfirst retrieval`. */
export interface RetrievalOptions {
  qrels: string;
  run: string;
  json?: boolean;
  cutoffs?: string;
  level: string;
  perQuery?: boolean;
  complete?: boolean;
}

/** `fixfirst retrieval --qrels Q --run R`: trec_eval's measures, with trec_eval's numbers. */
export const retrievalCommand: CliCommand = {
  name: 'retrieval',
  register(program, io) {
    program
      .command('retrieval')
      .summary('score a retrieval run against relevance judgments, exactly as trec_eval does')
      .description(
        "Reads TREC/BEIR qrels (`qid 0 docid rel` or `query-id corpus-id score`) and a TREC run (`qid Q0 docid rank score runid`), ranks each query by score (ties by docid descending; the rank column is ignored) and prints trec_eval's measures: P, recall, map, map_cut, Rprec, recip_rank, ndcg, ndcg_cut (graded gains), success, bpref, iprec_at_recall, set measures and counts. Averages cover the queries in both files, as in trec_eval; queries in only one are named on stderr.",
      )
      .requiredOption('--qrels <file>', 'relevance judgments (TREC qrels or BEIR qrels TSV)')
      .requiredOption('--run <file>', 'TREC run file')
      .option('--json', 'print {all: {<measure>: value}, perQuery: {<qid>: {<measure>: value}}}')
      .option(
        '-k, --cutoffs <list>',
        'rank cutoffs for P, recall, map_cut, ndcg_cut, relative_P, success, unj (e.g. 5,10,100)',
      )
      .option('-l, --level <grade>', 'minimum grade counted as relevant (trec_eval -l)', '1')
      .option('-q, --per-query', 'also print each query (trec_eval -q)')
      .option('-c, --complete', 'average over every judged query; queries missing from the run score 0 (-c)')
      .addHelpText(
        'after',
        '\nExamples:\n  $ fixfirst retrieval --qrels qrels.test.txt --run bm25.run\n  $ fixfirst retrieval --qrels qrels.tsv --run dense.run -k 5,10,100 --json | jq .all.ndcg_cut_10',
      )
      .action(async (options: RetrievalOptions) => {
        const { runRetrieval } = await import('./retrieval-action.js');
        runRetrieval(options, io);
      });
  },
};
