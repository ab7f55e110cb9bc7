/** The agentsim version written into results and trace headers (a test keeps it equal to package.json). */
export const VERSION = '0.1.0';
