import { render } from 'preact';
import { App } from './App';
import './style.css';

const root = document.getElementById('app');
if (root) {
  root.textContent = ''; // the static "loading" line; Preact would render beside it
  render(<App />, root);
}
