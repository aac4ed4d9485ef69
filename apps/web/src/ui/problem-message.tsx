import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';

const knownTypes = new Set([
  'network',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'gone',
  'validation',
  'too-many-requests',
  'unavailable',
  'internal',
]);

/** What went wrong with a request, in the interface language, with the server's detail underneath. */
export function ProblemMessage({ error, fieldsShown = false }: { error: unknown; fieldsShown?: boolean }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const problem = error instanceof ApiProblem ? error : undefined;
  const type = problem !== undefined && knownTypes.has(problem.type) ? problem.type : 'unknown';
  const title =
    type === 'validation' && fieldsShown && (problem?.errors.length ?? 0) > 0
      ? t('problem.checkFields')
      : t(`problem.${type}`);
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{title}</p>
      {problem?.message ? <p className="problem-detail">{problem.message}</p> : null}
      {problem !== undefined && !fieldsShown && problem.errors.length > 0 ? (
        <ul>
          {problem.errors.map((item) => (
            <li key={`${item.path}:${item.message}`}>
              <code>{item.path}</code>: {item.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
