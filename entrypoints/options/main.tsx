/**
 * The options page's entry: draws OptionsApp (components/options) into
 * index.html with the shared base styles.
 */
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/common/base.css';

render(<OptionsApp />, document.getElementById('app')!);
