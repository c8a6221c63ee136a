// Module resolve hook for benchmark children: a bare import the repo cannot
// satisfy is retried from bench/.cache/tools, so tools can be tried before
// they become devDependencies. Registered by register-tools.mjs.

const TOOLS_PARENT = new URL('../.cache/tools/package.json', import.meta.url).href;

const isBare = (s) => !/^(\.{0,2}\/|[a-zA-Z][a-zA-Z+.-]*:)/.test(s);

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !isBare(specifier)) throw err;
    return next(specifier, { ...context, parentURL: TOOLS_PARENT });
  }
}
