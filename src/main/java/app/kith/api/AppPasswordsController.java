package app.kith.api;

import app.kith.account.Account;
import app.kith.account.AppPassword;
import app.kith.account.AppPasswords;
import app.kith.account.NewAppPassword;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/app-passwords")
@Tag(name = "app passwords", description = "Passwords for phones and apps that sync contacts over CardDAV, one per device "
        + "(made with: kith app-password new NAME).")
class AppPasswordsController {

    /** The device to make a password for. */
    record AppPasswordBody(String name) {
    }

    /** A password just made: the only time it is told, with what the device asks for beside it. */
    record MadeAppPassword(@NonNull AppPassword appPassword, @NonNull String password, @NonNull String userName,
                           @NonNull String serverUrl) {
    }

    private final AppPasswords appPasswords;

    AppPasswordsController(AppPasswords appPasswords) {
        this.appPasswords = appPasswords;
    }

    @GetMapping
    @Operation(summary = "The devices' names and dates; passwords are never shown again")
    List<AppPassword> list(@AuthenticationPrincipal Account account) {
        return appPasswords.list(account.id());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a password for a device, told this once with the CardDAV server address and user name")
    @ApiResponse(responseCode = "201", description = "The new password", useReturnTypeSchema = true)
    MadeAppPassword make(@AuthenticationPrincipal Account account, @RequestBody AppPasswordBody body) {
        NewAppPassword made = appPasswords.create(account.id(), body == null ? null : body.name());
        return new MadeAppPassword(made.appPassword(), made.password(), made.userName(),
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/dav/").build().toUriString());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a device's password: that device syncs no more")
    void revoke(@AuthenticationPrincipal Account account, @PathVariable long id) {
        appPasswords.revoke(account.id(), id);
    }
}
