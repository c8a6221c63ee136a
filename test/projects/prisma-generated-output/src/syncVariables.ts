// The transaction's client typed by hand, the way a module that must not import the generated
// client writes it: only the calls it makes. In a package that depends on Prisma, `tx` is the
// interactive transaction's client.
type VariableTransaction = {
  workerVariable: {
    findMany(args: { where: { workerId: string } }): Promise<Array<{ id: string; key: string }>>;
    create(args: { data: { workerId: string; key: string; value: string } }): Promise<unknown>;
    deleteMany(args: { where: { workerId: string; id: { in: string[] } } }): Promise<unknown>;
  };
};

export async function syncVariables(tx: VariableTransaction, workerId: string, inputs: Array<{ key: string; value: string }>) {
  const existing = await tx.workerVariable.findMany({ where: { workerId } });
  const known = new Set(existing.map((v) => v.key));
  for (const input of inputs) {
    if (known.has(input.key)) continue;
    await tx.workerVariable.create({ data: { workerId, key: input.key, value: input.value } }); // expect: perf-coach/no-n-plus-one
  }
  // Look-alike: one delete for the whole list.
  await tx.workerVariable.deleteMany({ where: { workerId, id: { in: existing.filter((v) => !inputs.some((i) => i.key === v.key)).map((v) => v.id) } } });
}
