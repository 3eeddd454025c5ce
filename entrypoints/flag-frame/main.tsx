import { render } from 'preact';
import type { FrameParams } from '../../lib/protocol/flag-frame-params';
import { FactForm } from './FactForm';
import { FlagForm } from './FlagForm';
import { reportHeight } from './to-card';
import './style.css';

// The card's private forms live here, in the extension's own origin, framed by the card: page
// scripts can neither read what the reader types nor hear its keys, nor click or submit it. Only
// extension pages may write the reader's data; the background refuses writes from anywhere else.

function readParams(): FrameParams | null {
  try {
    return JSON.parse(decodeURIComponent(location.hash.slice(1))) as FrameParams;
  } catch {
    return null;
  }
}

const params = readParams();
const app = document.getElementById('app')!;
if (params) {
  document.documentElement.lang = params.lang;
  render(params.mode === 'fact' ? <FactForm params={params} /> : <FlagForm params={params} />, app);
  reportHeight();
} else app.textContent = 'This form opens from a figure card.';
