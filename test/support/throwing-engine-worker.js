// An engine worker that throws something that is not an Error while it loads.
throw null;
