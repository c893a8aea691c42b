import { render } from 'preact';
import '../../components/ui.css';
import { applyDocumentLocale } from '../../utils/document-locale';
import { Options } from './Options';

applyDocumentLocale(document);
const app = document.getElementById('app');
if (app) render(<Options />, app);
