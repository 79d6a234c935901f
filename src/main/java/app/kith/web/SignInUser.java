package app.kith.web;

import app.kith.account.SignIn;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in person, as Spring Security holds them in the session: the account id, the email,
 * and the sign-in version they signed in with (a password change raises it, ending the session).
 * No password hash: the session may one day be stored where others can read it.
 */
public final class SignInUser implements UserDetails {

    private static final List<GrantedAuthority> USER = List.of(new SimpleGrantedAuthority("ROLE_USER"));

    private final long accountId;
    private final String email;
    private final int version;

    public SignInUser(SignIn signIn) {
        this.accountId = signIn.accountId();
        this.email = signIn.email();
        this.version = signIn.version();
    }

    public long accountId() {
        return accountId;
    }

    public int version() {
        return version;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return USER;
    }
}
