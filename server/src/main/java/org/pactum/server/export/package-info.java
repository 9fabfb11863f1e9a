@NullMarked
package org.pactum.server.export;

import org.jspecify.annotations.NullMarked;
