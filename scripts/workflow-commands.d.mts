export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  /** Decoded, as the runner shows it. */
  message: string;
  /** The line as printed. */
  raw: string;
}
export function runnerLines(text: string): string[];
export function percentDecode(text: string): string;
export function parseCommand(line: string): WorkflowCommand | null;
export function workflowCommands(stdout: string): WorkflowCommand[];
