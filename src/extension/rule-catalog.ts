import { readFile } from 'node:fs/promises';

/**
 * The few facts about each rule that the hover and the findings view show (title, one-line why,
 * cost, related questions), read from the build's dist/catalog.json on first use. A missing or
 * unreadable catalog is not an error here: callers fall back to the finding's message.
 */
export interface RuleFacts {
  id: string;
  title: string;
  summary: string;
  cost: string;
  questions: Array<{ id: string; question: string }>;
}

export class RuleCatalog {
  private loaded: Promise<Map<string, RuleFacts>> | undefined;

  constructor(
    private readonly file: string,
    private readonly onProblem: (message: string) => void,
  ) {}

  /** Facts for a rule, or undefined when the catalog is missing or does not know it. */
  async rule(id: string): Promise<RuleFacts | undefined> {
    return (await this.load()).get(id);
  }

  /** Whatever is already loaded, without waiting (for synchronous callers such as tree labels). */
  load(): Promise<Map<string, RuleFacts>> {
    this.loaded ??= this.read();
    return this.loaded;
  }

  private async read(): Promise<Map<string, RuleFacts>> {
    const facts = new Map<string, RuleFacts>();
    try {
      const catalog = JSON.parse(await readFile(this.file, 'utf8')) as {
        rules?: Array<{ id: string; title: string; summary: string; cost: string; questions?: string[] }>;
        questions?: Array<{ id: string; question: string }>;
      };
      const questions = new Map((catalog.questions ?? []).map((q) => [q.id, q.question]));
      for (const r of catalog.rules ?? []) {
        if (typeof r?.id !== 'string') continue;
        facts.set(r.id, {
          id: r.id,
          title: String(r.title ?? r.id),
          summary: String(r.summary ?? ''),
          cost: String(r.cost ?? ''),
          questions: (r.questions ?? []).filter((q) => questions.has(q)).map((q) => ({ id: q, question: questions.get(q)! })),
        });
      }
    } catch (error) {
      this.onProblem(`could not read the knowledge catalog (${this.file}): ${error instanceof Error ? error.message : String(error)}; hovers show the finding's message only`);
    }
    return facts;
  }
}
