// What the docs site adds to typedoc:
// - the guides in the order of `guideOrder` (typedoc.json), not by file name;
// - a link to a name another subpath exports resolves to that subpath's page;
// - search that keeps Kazakh and Russian words (lunr's trimmer drops them);
// - the lifecycle diagrams a guide shows, drawn from the machines (the
//   diagrams `npm run docs` wrote to site/generated/machines.json);
// - every property documented, but those of a constant's inferred type;
// - the scripts the pages need (mermaid, Try it, the sample) in assets/.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import {
  Application,
  Converter,
  PageEvent,
  ParameterType,
  ReflectionKind,
  RendererEvent,
} from 'typedoc';

const SITE = new URL('./', import.meta.url).pathname;
const GENERATED = join(SITE, 'generated');
const require = createRequire(import.meta.url);

/**
 * lunr's trimmer strips `\W` from both ends of a token, and without the `u`
 * flag every Cyrillic letter is `\W`: «қанағаттандырылды» became an empty
 * token. This one strips what is neither a letter nor a digit, in any script.
 * Typedoc builds its index with `lunr.trimmer`; the same lunr module is
 * swapped here, before the index is built (queries do not trim).
 */
function keepEveryScriptInSearch() {
  const lunr = createRequire(require.resolve('typedoc'))('lunr');
  const trimmer = (token) =>
    token.update((text) => text.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, ''));
  lunr.Pipeline.registerFunction(trimmer, 'trimmerEveryScript');
  lunr.trimmer = trimmer;
}

/** Puts the project's documents in the order of `guideOrder` (file names without `.md`). */
function orderGuides(project, order, logger) {
  const documents = project.documents ?? [];
  const rank = new Map(order.map((name, i) => [name, i]));
  const nameOf = (doc) => basename(project.files.getReflectionPath(doc) ?? doc.name, '.md');
  for (const doc of documents) {
    if (!rank.has(nameOf(doc))) {
      logger.warn(`The guide ${nameOf(doc)}.md has no place in guideOrder (typedoc.json): add it.`);
    }
  }
  const byRank = (a, b) =>
    (rank.get(nameOf(a)) ?? order.length) - (rank.get(nameOf(b)) ?? order.length);
  documents.sort(byRank);
  const modules = (project.childrenIncludingDocuments ?? []).filter((child) => !child.isDocument());
  project.childrenIncludingDocuments = [...documents, ...modules];
}

/**
 * A `{@link name}` (or `name.member`) that TypeScript cannot resolve from
 * where it is written — the name comes from another subpath the file does
 * not import — links to the one subpath that exports it.
 */
function linkAcrossSubpaths(ref, reflection) {
  const path = ref.symbolReference?.path;
  if (ref.moduleSource !== undefined || path === undefined || path.length === 0) return undefined;
  const [first, ...rest] = path;
  const modules = reflection.project.children ?? [];
  const found = modules.flatMap((module) =>
    (module.children ?? []).filter((child) => child.name === first.path),
  );
  if (found.length !== 1) return undefined;
  let target = found[0];
  for (const part of rest) {
    target = target?.children?.find((child) => child.name === part.path);
  }
  return target === undefined ? undefined : { target };
}

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const sameDiagram = (a, b) => {
  const lines = (text) =>
    text
      .trim()
      .split('\n')
      .map((line) => line.trim());
  return JSON.stringify(lines(a)) === JSON.stringify(lines(b));
};

function machineFigure(name, diagram) {
  return [
    `<figure class="tutynushy-machine" data-machine="${name}">`,
    `<pre class="tutynushy-machine-source" data-labels="keys">${escapeHtml(diagram.keys)}</pre>`,
    ...Object.entries(diagram.labelled).map(
      ([locale, text]) =>
        `<pre class="tutynushy-machine-source" data-labels="${locale}" hidden>${escapeHtml(text)}</pre>`,
    ),
    `<figcaption><code>${name}</code>, drawn from the library when this site was built.</figcaption>`,
    '</figure>',
  ].join('\n');
}

/**
 * Replaces the diagram of a machine in a guide (a ```mermaid or ```text
 * block of `stateDiagram-v2` starting at the machine's initial state) with
 * the figure drawn from the machine. A guide whose diagram is not the
 * machine's current one fails the build, so the text never drifts.
 */
function drawMachines(doc, diagrams, logger) {
  doc.content = doc.content.map((part) => {
    const block =
      part.kind === 'code' ? /^```(?:mermaid|text)\n([\s\S]*?)\n?```$/.exec(part.text) : null;
    const source = block?.[1];
    if (source === undefined || !source.trimStart().startsWith('stateDiagram-v2')) return part;
    const entry = Object.entries(diagrams).find(([, diagram]) =>
      new RegExp(`^\\s*\\[\\*\\] --> ${diagram.initial}\\s*$`, 'm').test(source),
    );
    if (entry === undefined) return part;
    const [name, diagram] = entry;
    if (!sameDiagram(source, diagram.keys)) {
      logger.warn(
        `The guide "${doc.name}" shows a diagram of ${name} that is not the machine's: replace it with what ${name}ToMermaid() returns.`,
      );
    }
    return { kind: 'text', text: `${machineFigure(name, diagram)}\n` };
  });
}

/**
 * typedoc's `notDocumented` check, for properties (typedoc.json leaves them
 * out of `requiredToBeDocumented`): every property of an interface, a class
 * or a type needs its comment, but not those of the type a constant's value
 * gives it — a label table's `kk`, a schema's fields — which the constant's
 * own comment and its drawn type document.
 */
function requirePropertyDocs(project, options, logger) {
  const packages = options.isSet('packagesRequiringDocumentation')
    ? options.getValue('packagesRequiringDocumentation')
    : [project.packageName ?? project.name];
  for (const property of project.getReflectionsByKind(ReflectionKind.Property)) {
    if (property.hasComment()) continue;
    let owner = property.parent;
    while (owner?.kindOf(ReflectionKind.TypeLiteral | ReflectionKind.Property))
      owner = owner.parent;
    if (
      owner === undefined ||
      owner.kindOf(
        ReflectionKind.Variable | ReflectionKind.SomeSignature | ReflectionKind.Parameter,
      )
    ) {
      continue;
    }
    // As typedoc: what TypeScript's own lib declares (an Error's `stack`) is not ours to document.
    const symbol = project.getSymbolIdFromReflection(property);
    if (symbol === undefined || !packages.includes(symbol.packageName)) continue;
    logger.validationWarning(
      `${property.getFriendlyFullName()} (Property), defined in ${symbol.packagePath}, does not have any documentation`,
    );
  }
}

function copyAssets(outputDirectory) {
  const assets = join(outputDirectory, 'assets');
  mkdirSync(assets, { recursive: true });
  copyFileSync(require.resolve('mermaid/dist/mermaid.min.js'), join(assets, 'mermaid.min.js'));
  for (const file of readdirSync(join(GENERATED, 'assets'))) {
    copyFileSync(join(GENERATED, 'assets', file), join(assets, file));
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.options.addDeclaration({
    name: 'guideOrder',
    help: 'The guides (file names without .md) in the order the site lists them.',
    type: ParameterType.Array,
    defaultValue: [],
  });
  const machinesFile = join(GENERATED, 'machines.json');
  if (!existsSync(machinesFile)) {
    app.logger.error(`${machinesFile} is missing: build the site with npm run docs.`);
    return;
  }
  const diagrams = JSON.parse(readFileSync(machinesFile, 'utf8'));
  keepEveryScriptInSearch();
  app.converter.addUnknownSymbolResolver(linkAcrossSubpaths);
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, doc) =>
    drawMachines(doc, diagrams, app.logger),
  );
  // Before the group plugin (priority -100) makes the sidebar's groups from this order.
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) =>
    orderGuides(context.project, app.options.getValue('guideOrder'), app.logger),
  );
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    if (app.options.getValue('validation').notDocumented)
      requirePropertyDocs(project, app.options, app.logger);
  });
  // The index page shows the project's name as its title, and then the README's
  // own «# tutynushy»: the second says nothing new (its anchor stays, for
  // the page's outline that links to it).
  app.renderer.on(PageEvent.END, (page) => {
    if (page.url === 'index.html' && page.contents)
      page.contents = page.contents.replace(
        /<h1 id="tutynushy"[^>]*>[\s\S]*?<\/h1>/,
        '<a id="tutynushy"></a>',
      );
  });
  app.renderer.on(RendererEvent.END, (event) => copyAssets(event.outputDirectory));
}
