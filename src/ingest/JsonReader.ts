/**
 * A cursor over untrusted JSON that knows where it is, so every complaint names the file and the
 * path of the offending value (`annotations.json: papers[3].links[0].kind: expected a string`).
 */
export class JsonReader {
  constructor(
    readonly value: unknown,
    readonly file: string,
    readonly path = '',
  ) {}

  fail(message: string): never {
    throw new Error(`${this.file}: ${this.path === '' ? '(root)' : this.path}: ${message}`);
  }

  field(name: string): JsonReader {
    const record = this.record();
    const child = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
    return new JsonReader(child, this.file, this.path === '' ? name : `${this.path}.${name}`);
  }

  /** The field, or undefined when it is absent or null. */
  optional(name: string): JsonReader | undefined {
    const child = this.field(name);
    return child.value === undefined || child.value === null ? undefined : child;
  }

  items(): JsonReader[] {
    if (!Array.isArray(this.value)) this.fail('expected an array');
    return this.value.map((item, i) => new JsonReader(item, this.file, `${this.path}[${i}]`));
  }

  string(): string {
    if (typeof this.value !== 'string' || this.value.trim() === '') {
      this.fail('expected a non-empty string');
    }
    return this.value;
  }

  strings(): string[] {
    return this.items().map((item) => item.string());
  }

  integer(): number {
    if (typeof this.value !== 'number' || !Number.isInteger(this.value)) {
      this.fail('expected an integer');
    }
    return this.value;
  }

  private record(): Record<string, unknown> {
    if (typeof this.value !== 'object' || this.value === null || Array.isArray(this.value)) {
      this.fail('expected an object');
    }
    return this.value as Record<string, unknown>;
  }
}
