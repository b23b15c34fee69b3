// Hashes the password read from stdin for Trino's password.db, using the same
// bcrypt library that Trino's file authenticator verifies with (shipped in
// plugin/password-authenticators). Avoids installing htpasswd or Python bcrypt.
// Run as a single-file program: java -cp <bcrypt jars> BcryptHash.java
import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

public class BcryptHash {
    public static void main(String[] args) throws Exception {
        String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.isEmpty()) {
            System.err.println("no password on stdin");
            System.exit(2);
        }
        // Trino documents $2y$ and a cost of at least 8.
        System.out.println(BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(10, password.toCharArray()));
    }
}
