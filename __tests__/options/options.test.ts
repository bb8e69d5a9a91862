// The check settings both entry points share (the action's inputs, the CLI's flags).
import { parseCheckSettings } from '../../src/options.js';

describe('check settings', () => {
  test('both entry points report a bad resolver with the others', () => {
    const parsed = parseCheckSettings({ resolver: 'dns.example', concurrency: '0' }, (n) => `--${n}`);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.messages.join('\n')).toMatch(/--resolver: 'dns.example' is not an IP address/);
    const good = parseCheckSettings({ resolver: '[::1]:53' }, (n) => n);
    expect(good.ok && good.value.resolver).toEqual({ address: '::1', port: 53 });
  });
  test('allow-loopback: false unless given, true or false as YAML writes them, anything else refused', () => {
    const value = (text?: string) => {
      const parsed = parseCheckSettings({ allowLoopback: text }, (n) => n);
      return parsed.ok ? parsed.value.allowLoopback : parsed.messages.join('\n');
    };
    expect([value(undefined), value(''), value('false'), value('true'), value('True')]).toEqual([false, false, false, true, true]);
    expect(value('yes')).toBe("allow-loopback: 'yes' is not true or false");
  });
});
