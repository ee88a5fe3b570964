// Every page of the docs site loads this (typedoc's customJs). A page with a
// machine's figure loads the bundled mermaid (never from the network) and
// draws the diagram, with a switch between the keys and the kk/ru/en labels.
(() => {
  const figures = document.querySelectorAll('figure.tutynushy-machine');
  if (figures.length === 0) return;
  const base = (document.documentElement.dataset.base || './').replace(/\/?$/, '/');
  const NAMES = { keys: 'keys', kk: 'қазақша', ru: 'русский', en: 'English' };

  // typedoc shows the page a moment after it loads; mermaid measures text,
  // which needs the page shown.
  const shown = () =>
    new Promise((resolve) => {
      const check = () =>
        getComputedStyle(document.body).display === 'none' ? setTimeout(check, 30) : resolve();
      check();
    });

  const dark = () => {
    const theme = document.documentElement.dataset.theme;
    return (
      theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches)
    );
  };

  let count = 0;
  async function draw(figure, labels) {
    const source = figure.querySelector(`pre[data-labels="${labels}"]`);
    if (!source) return;
    const { svg } = await window.mermaid.render(`tutynushy-machine-${++count}`, source.textContent);
    const drawing = figure.querySelector('.tutynushy-machine-drawing');
    drawing.innerHTML = svg;
    // A diagram a little too wide shrinks to the page; a much wider one keeps its size and
    // scrolls, rather than shrinking its words away.
    const drawn = drawing.querySelector('svg');
    const width = drawn?.viewBox?.baseVal?.width;
    if (drawn && width) {
      const fits = width <= drawing.clientWidth * 1.5;
      drawn.style.width = fits ? '100%' : `${Math.ceil(width)}px`;
      drawn.style.maxWidth = fits ? `${Math.ceil(width)}px` : 'none';
      // A diagram that scrolls opens at its initial state.
      const start = drawn.querySelector('[id*="root_start"], [id*="_start"]');
      if (!fits && start) {
        const at = start.getBoundingClientRect().left - drawing.getBoundingClientRect().left;
        drawing.scrollLeft = Math.max(0, at - drawing.clientWidth / 3);
      }
    }
    for (const button of figure.querySelectorAll('button[data-labels]')) {
      button.setAttribute('aria-pressed', String(button.dataset.labels === labels));
    }
  }

  function prepare(figure) {
    const bar = document.createElement('div');
    bar.className = 'tutynushy-machine-labels';
    for (const source of figure.querySelectorAll('pre[data-labels]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.labels = source.dataset.labels;
      button.textContent = NAMES[source.dataset.labels] || source.dataset.labels;
      button.addEventListener('click', () => draw(figure, button.dataset.labels));
      bar.append(button);
      source.hidden = true;
    }
    const drawing = document.createElement('div');
    drawing.className = 'tutynushy-machine-drawing';
    figure.prepend(bar, drawing);
  }

  const script = document.createElement('script');
  script.src = `${base}assets/mermaid.min.js`;
  script.addEventListener('load', async () => {
    await shown();
    window.mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: dark() ? 'dark' : 'default',
      // More room between ranks than mermaid's 50 px, for the long labels of kk and ru.
      state: { nodeSpacing: 50, rankSpacing: 90 },
    });
    for (const figure of figures) {
      prepare(figure);
      await draw(figure, 'keys');
    }
  });
  document.head.append(script);
})();
