import { canonicalService } from '../src/policy/services.js';
import * as core from '@actions/core';
test('alias', () => { expect(canonicalService('smtps')).toBe('submissions'); expect(typeof core.error).toBe('function'); });
