// The UI's entry point: the routes of docs/api.md and their pages.

import { fill, h, link } from './dom';
import { articlePage } from './pages/article';
import { entityPage } from './pages/entity';
import { eventsPage, quotesPage, storiesPage, storyPage } from './pages/lists';
import { searchPage } from './pages/search';
import { Router, type Page } from './router';
import { onUnauthorized, setToken, tokenFromHash } from './api';
import { errorBox, setTitle, tokenPrompt } from './ui';
import './style.css';

const notFound: Page = async ({ root }) => {
  setTitle('Not found');
  fill(root, h('h1', {}, 'Not found'), h('p', {}, 'No page here. ', link('/', 'Search the news'), '.'));
};

// `lede serve --token T`: the page opened as /#token=T keeps T for this tab (and drops it
// from the address bar); without it, or with a wrong one, the first 401 asks for it.
const linkedToken = tokenFromHash(location.hash);
if (linkedToken) {
  setToken(linkedToken);
  history.replaceState(history.state, '', location.pathname + location.search);
}
onUnauthorized(() => {
  if (document.querySelector('.token-prompt')) return;
  const prompt = tokenPrompt();
  document.querySelector('.site-header')!.after(prompt);
  prompt.querySelector('input')!.focus();
});

const main = document.getElementById('main')!;
new Router(main, notFound, (root, error) => fill(root, h('h1', {}, 'Something went wrong'), errorBox(error)))
  .add('/', searchPage)
  .add('/articles/:id', articlePage)
  .add('/entities/:id', entityPage)
  .add('/quotes', quotesPage)
  .add('/events', eventsPage)
  .add('/stories', storiesPage)
  .add('/stories/:id', storyPage)
  // The map and its world atlas load only when the map is opened.
  .add('/map', async (ctx) => (await import('./pages/map')).mapPage(ctx))
  .start();
