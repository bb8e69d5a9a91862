// The runner's reading of a step's stdout, shared by the action tests and the pictures script:
// properties and message percent-decoded once, lines split where the runner splits them.
import { parseCommand, percentDecode, workflowCommands } from '../../scripts/workflow-commands.mjs';

describe('workflow commands as the runner reads them', () => {
  test('an annotation: its properties and message decoded, the raw line kept', () => {
    const line = '::error title=TLS%2C old%3A v1,file=demo/policy.yml,line=23,col=7::first%0Asecond 100%25';
    expect(parseCommand(line)).toEqual({
      name: 'error',
      properties: { title: 'TLS, old: v1', file: 'demo/policy.yml', line: '23', col: '7' },
      message: 'first\nsecond 100%',
      raw: line,
    });
  });

  test('decoding is one pass: an escaped percent sign stays text', () => {
    expect(percentDecode('%250A and %0a')).toBe('%0A and \n');
  });

  test('leading whitespace is allowed; text before the colons or an unclosed command is not a command', () => {
    expect(parseCommand('  ::notice::x')?.name).toBe('notice');
    expect(parseCommand('say ::error::x')).toBeNull();
    expect(parseCommand('::error file=a.yml')).toBeNull();
  });

  test('a lone CR ends a line, so a command after it counts', () => {
    const commands = workflowCommands('progress\r::warning file=p.yml,line=2::late\r\n::endgroup::\nplain');
    expect(commands.map((c) => [c.name, c.properties, c.message])).toEqual([
      ['warning', { file: 'p.yml', line: '2' }, 'late'],
      ['endgroup', {}, ''],
    ]);
  });
});
