package org.policykg.serve;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web application: its beans are the classes of this package and its sub-packages. */
@SpringBootApplication
public class ServeApplication {
}
