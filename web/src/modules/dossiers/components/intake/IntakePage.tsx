import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { IntakeResult } from '@contracts/dossiers';
import { IntakeForm, type PickedProcedure } from './IntakeForm';
import { IntakeOutcome } from './IntakeOutcome';

/** Counter intake: the form, then its outcome; "another dossier" starts over with the same procedure. */
export function IntakePage() {
  const [params] = useSearchParams();
  const fromUrl = params.get('procedure');
  const [procedure, setProcedure] = useState<PickedProcedure | null>(fromUrl ? { code: fromUrl, label: fromUrl } : null);
  const [result, setResult] = useState<IntakeResult | null>(null);
  const [round, setRound] = useState(0);

  if (result) {
    return (
      <IntakeOutcome
        result={result}
        procedureLabel={procedure?.label}
        onNext={() => {
          setResult(null);
          setRound((value) => value + 1);
        }}
      />
    );
  }
  return <IntakeForm key={round} procedure={procedure} onProcedure={setProcedure} onDone={setResult} />;
}
