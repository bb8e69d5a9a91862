// node --import this file: registers load-recorder-hooks.mjs before the program starts.
import { register } from 'node:module';

register('./load-recorder-hooks.mjs', import.meta.url);
