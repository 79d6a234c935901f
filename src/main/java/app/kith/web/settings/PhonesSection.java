package app.kith.web.settings;

import java.util.List;

/**
 * Settings' "Phones and apps" section: the devices that sync contacts, each with its own password
 * ({@code made} and {@code lastUsed} as days, "never" when unused), and the one just made, shown
 * this once with what the phone asks for beside it (the server's address and the user name).
 * {@code error}: why the name typed was refused.
 */
public record PhonesSection(List<Device> devices, NewDevice made, String error, String typedName) {

    public record Device(long id, String name, String made, String lastUsed) {
    }

    public record NewDevice(String name, String password, String serverUrl, String userName) implements java.io.Serializable {
    }
}
