package app.kith.web;

import app.kith.account.Account;
import app.kith.account.Accounts;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a page handler the signed-in {@link Account}, read afresh so a changed capacity or time
 * zone shows at once. Pages never take an account id from the request.
 */
final class CurrentAccount implements HandlerMethodArgumentResolver {

    private final Accounts accounts;

    CurrentAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Account.class
                && (parameter.getContainingClass().getPackageName() + ".").startsWith(CurrentAccount.class.getPackageName() + ".");
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignInUser user)) {
            throw new IllegalStateException("a page that needs an account was reached without signing in");
        }
        return accounts.byId(user.accountId());
    }
}
