/// <reference types="jest" />
/**
 * Jest's asymmetric matchers (`expect.stringContaining(…)` and the rest) are typed `any` by @types/jest, so one inside
 * an expected value turns off type checking there, and typescript-eslint's no-unsafe-* rules report every use. These
 * overloads, merged ahead of @types/jest's own, type them `unknown`: all a test does with one is pass it to `toEqual`,
 * `toMatchObject` and the like, or nest it in another matcher.
 */
declare namespace jest {
  interface InverseAsymmetricMatchers {
    arrayContaining(arr: readonly unknown[]): unknown;
    arrayOf(arr: unknown): unknown;
    objectContaining(obj: object): unknown;
    stringMatching(str: string | RegExp): unknown;
    stringContaining(str: string): unknown;
  }
  interface Expect {
    anything(): unknown;
    any(classType: unknown): unknown;
    arrayContaining(arr: readonly unknown[]): unknown;
    arrayOf(arr: unknown): unknown;
    closeTo(num: number, numDigits?: number): unknown;
    objectContaining(obj: object): unknown;
    stringMatching(str: string | RegExp): unknown;
    stringContaining(str: string): unknown;
  }
}
