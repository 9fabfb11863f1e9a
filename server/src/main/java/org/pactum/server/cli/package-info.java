@NullMarked
package org.pactum.server.cli;

import org.jspecify.annotations.NullMarked;
