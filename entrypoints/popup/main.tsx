import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/common/base.css';

render(<PopupApp />, document.getElementById('app')!);
