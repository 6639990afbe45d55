import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/common/base.css';

render(<OptionsApp />, document.getElementById('app')!);
