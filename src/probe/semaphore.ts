// A counting semaphore with a FIFO queue: the probe's concurrency limits.
export class Semaphore {
  private available: number;
  private readonly waiting: (() => void)[] = [];

  constructor(slots: number) {
    this.available = slots;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.available > 0) this.available -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      // A slot passes straight to the next waiter, so a newcomer cannot overtake the queue.
      const next = this.waiting.shift();
      if (next) next();
      else this.available += 1;
    }
  }
}
