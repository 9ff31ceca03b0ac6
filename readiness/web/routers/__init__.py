"""One router per feature; readiness.web.app.routers() lists them."""
