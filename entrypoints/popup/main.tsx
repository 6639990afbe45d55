/**
 * The popup's entry: draws PopupApp (components/popup) into index.html with the
 * shared base styles.
 */
import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/common/base.css';

render(<PopupApp />, document.getElementById('app')!);
