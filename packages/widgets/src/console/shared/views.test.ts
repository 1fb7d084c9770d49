import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { consoleCommon } from '../locales/common.js';
import { errorSummaryView, fieldId, inConsoleShell, loadErrorView } from './views.js';

const t = consoleCommon.id;

describe('console views', () => {
  it('the error summary links each field error to its field, named by its label, and moves focus there', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const problems = { message: '', fields: { title: 'wajib diisi', 'reporter.email': 'tidak sah' } };
    render(
      html`${errorSummaryView(t, problems, host, { title: 'Judul' })}
        <label for=${fieldId('title')}>Judul</label><input id=${fieldId('title')} />
        <label for=${fieldId('reporter.email')}>Surel</label><input id=${fieldId('reporter.email')} />`,
      host,
    );
    const links = [...host.querySelectorAll<HTMLAnchorElement>('#error-summary a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['Judul: wajib diisi', 'tidak sah']);
    links[1]!.click();
    expect(document.activeElement?.id).to.equal('reporter-email');
    await expect(host).to.be.accessible();
  });

  it('offers a retry for a failure that retrying can mend, and none for a missing record or a refusal', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let retried = 0;
    render(
      loadErrorView(t, { status: 503, requestId: 'req_9' }, () => retried++),
      host,
    );
    host.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    expect(retried).to.equal(1);
    expect(host.textContent).to.contain('req_9');
    render(
      loadErrorView(t, { status: 404 }, () => retried++),
      host,
    );
    expect(host.querySelector('[part~="retry-button"]')).to.equal(null);
    render(
      loadErrorView(t, { status: 403 }, () => retried++),
      host,
    );
    expect(host.querySelector('[part~="forbidden"]')!.textContent).to.contain(t.forbiddenSection);
  });

  it('knows when a widget sits inside the console shell, across shadow roots', async () => {
    const shell = await fixture<HTMLElement>(html`<kim-console-test-host></kim-console-test-host>`);
    const outside = document.createElement('p');
    document.body.append(outside);
    expect(inConsoleShell(outside)).to.equal(false);
    outside.remove();
    const fakeShell = document.createElement('kim-console');
    const root = fakeShell.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    root.append(inner);
    shell.append(fakeShell);
    expect(inConsoleShell(inner)).to.equal(true);
  });
});
