// Loads the signatures of /<locale>/signatures.json once and matches pasted text in the browser.
import type { DiagnoseData } from '../lib/diagnose-data.ts';
import { compileSignature, diagnose, type CompiledSignature, type Diagnosis } from '../lib/diagnose.ts';

export interface Matcher {
  data: DiagnoseData;
  run(text: string): Diagnosis;
  meaning(signature: CompiledSignature): string;
}

let loading: Promise<Matcher> | undefined;

export function loadMatcher(locale: string): Promise<Matcher> {
  loading ??= fetch(`/${locale}/signatures.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`signatures.json: HTTP ${response.status}`);
      return response.json() as Promise<DiagnoseData>;
    })
    .then((data) => {
      const signatures = data.signatures.map(compileSignature);
      const meanings = new Map(data.signatures.map((sig) => [sig.id, sig.meaning]));
      return {
        data,
        run: (text: string) => diagnose(text, signatures, data.hosts),
        meaning: (signature: CompiledSignature) => meanings.get(signature.id) ?? '',
      };
    });
  return loading;
}
