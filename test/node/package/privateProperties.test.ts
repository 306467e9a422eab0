import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { privateProperties } from '../../../scripts/privateProperties.js';

const dir = mkdtempSync(join(tmpdir(), 'private-properties-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sources(files: Record<string, string>): string[] {
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}

describe('privateProperties: the names the embeddable build shortens', () => {
  it('keeps a private member only while nothing outside the file can reach its name', () => {
    const files = sources({
      'a.ts': `
        export class A {
          private secretCount = 0;
          protected drawWheel(): void {}
          private get cachedArea(): number { return 1; }
          private pointsUsed = 0;
          private hidden = false;
          private listOpen = false;
          private wordInText = 0;
          private boundProp = 0;
          private willUpdate(): void {}
          private kept = 0;
          private abc = 0;
          static properties = { listOpen: { state: true } };
          render() { return \`<x-y .boundProp=\${1}>\${'wordInText here'}</x-y>\`; }
        }`,
      'b.ts': `
        export interface Stats { pointsUsed: number }
        export class B { readonly secretCount2 = 1; constructor(private readonly ownerName: string) {} }
        const literal = { drawWheel() {} };`,
    });
    expect(privateProperties({ files, packages: ['@lit/reactive-element'], keep: ['kept'] })).toEqual(['cachedArea', 'ownerName', 'secretCount']);
  });

  it('adds the fields of the internal types named, unless another type, a public member or the DOM has the name', () => {
    const files = sources({
      'c.ts': `
        export interface FramePart { labelSlot: number; sharedField: string; width: number; readonly drawOrder?: number }
        export type Message = { type: 'go'; stepCount: number } | { type: 'stop'; publicName: boolean };
        export interface Outside { sharedField: string }
        export class C { publicName = true; }`,
    });
    expect(privateProperties({ files, packages: [], internal: ['FramePart', 'Message'] })).toEqual(['drawOrder', 'labelSlot', 'stepCount']);
    expect(privateProperties({ files, packages: [] })).toEqual([]);
  });
});
