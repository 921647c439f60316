import { Link } from 'react-router';
import './account.css';

/**
 * Under the sign-in form: a link to ask for a reset link by email where the server can
 * send one, and otherwise who can help.
 */
export function ForgottenPasswordHelp({ byEmail }: { byEmail: boolean }) {
  return byEmail ? (
    <p className="forgotten-password">
      <Link to="/forgot-password">Forgot your password?</Link>
    </p>
  ) : (
    <p className="forgotten-password muted">
      Forgotten your password? Ask an administrator of this Roundtable for a reset link.
    </p>
  );
}
