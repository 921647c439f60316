import { Navigate, Outlet, useLocation } from 'react-router';
import { useMeQuery } from '../../api/useMeQuery.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';
import { signInPathFor } from './safeNextPath.ts';

/** Pages behind sign-in: anyone else is sent to sign in and brought back here afterwards. */
export function RequireSignedIn() {
  const me = useMeQuery();
  const location = useLocation();
  if (me.isPending) return <LoadingState label="Checking who is signed in" />;
  if (me.isError) return <QueryProblem error={me.error} thing="page" onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={signInPathFor(`${location.pathname}${location.search}`)} replace />;
  return <Outlet />;
}
