package id.sipetruk.account;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the one-time passwords an account import issues. The import cannot know whether its transaction will be
 * kept (a preview and "all or nothing" roll back), so the caller reads them only when the result says
 * {@code diterapkan}: then they are the passwords of accounts that exist.
 */
public final class PasswordHandOver {

    private final List<IssuedPassword> issued = new ArrayList<>();

    void add(IssuedPassword password) {
        issued.add(password);
    }

    public List<IssuedPassword> issued() {
        return List.copyOf(issued);
    }
}
