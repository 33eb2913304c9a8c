## Reference numbers for org.riskgraph.analysis.forecast (docs/methods/forecast.md, "Reference").
##
## Fits the endemic-epidemic model of issue 16 with R's surveillance::hhh4 on
##  (a) measlesWeserEms (17 districts, 2001-2002) aggregated to 4-week periods (26 x 17);
##  (b) the seed-42 county fixture's village x month incident panel (24 x 89), which
##      ReferencePanelExport wrote to county42-*.csv;
## and writes the estimates, standard errors, log-likelihoods, one-step-ahead forecasts with
## their scores, and a PIT histogram next to this script. ReferenceFitTests compares the Java
## fits with these files; `mvn verify` does not run R.
##
## Run from this directory:  Rscript reference.R
## Written with R 4.2.2 and surveillance 1.20.3 (Debian bookworm: r-base-core, r-cran-surveillance).

suppressMessages(library(surveillance))
options(digits = 17)

## hhh4's default optimiser (nlminb on its analytic score and Fisher information) with room for
## more iterations; then hhh4's own Newton-Raphson ("nr") from that solution, which brings the
## score down to rounding error, so that a 1e-4 relative comparison tests the fit, not the stop.
optimizer <- list(stop = list(tol = 1e-5, niter = 100),
                  regression = list(method = "nlminb", iter.max = 1000, eval.max = 2000),
                  variance = list(method = "nlminb"))
polish <- list(stop = list(tol = 1e-5, niter = 100),
               regression = list(method = "nr", tol = 1e-12, niter = 100),
               variance = list(method = "nlminb"))

javaNames <- function(names) {
  names <- sub("^end\\.sin\\(.*\\)$", "end.sin", names)
  sub("^end\\.cos\\(.*\\)$", "end.cos", names)
}

fitModel <- function(stsObj, period, weights, unitIntercepts = FALSE) {
  f <- if (unitIntercepts) ~ -1 + fe(1, unitSpecific = TRUE) + t else ~ 1 + t
  fit <- hhh4(stsObj, control = list(
    end = list(f = addSeason2formula(f, S = 1, period = period),
               offset = population(stsObj)),
    ar = list(f = ~ 1),
    ne = list(f = ~ 1, weights = weights, normalize = TRUE),
    family = "NegBin1",
    optimizer = optimizer,
    keep.terms = TRUE))
  polished <- update(fit, optimizer = polish, use.estimates = TRUE)
  if (polished$convergence) polished else fit
}

## the score at the estimate (internal parameters: -log(overdisp), not overdisp)
maxAbsScore <- function(fit) {
  max(abs(surveillance:::penScore(fit$coefficients, NULL, terms(fit))))
}

## ---- the two panels -------------------------------------------------------------------

data("measlesWeserEms")
measles <- aggregate(measlesWeserEms, nfreq = 13)        # 4-week periods, 13 a year
measlesCounts <- observed(measles)
write.csv(data.frame(period = sprintf("%d-%02d", year(measles), epochInYear(measles)),
                     measlesCounts, check.names = FALSE),
          "measles4w-counts.csv", row.names = FALSE, quote = FALSE)
write.csv(data.frame(code = colnames(measles), share = population(measles)[1, ]),
          "measles4w-units.csv", row.names = FALSE, quote = FALSE)
adjacent <- which(neighbourhood(measles) == 1 & upper.tri(neighbourhood(measles)), arr.ind = TRUE)
write.csv(data.frame(a = colnames(measles)[adjacent[, 1]], b = colnames(measles)[adjacent[, 2]]),
          "measles4w-adjacency.csv", row.names = FALSE, quote = FALSE)
measlesWeights <- neighbourhood(measles) == 1

countyCounts <- as.matrix(read.csv("county42-counts.csv", check.names = FALSE,
                                   colClasses = c("character", rep("integer", 89)))[, -1])
countyUnits <- read.csv("county42-units.csv", colClasses = c("character", "numeric"))
stopifnot(identical(colnames(countyCounts), countyUnits$code))
countyAdjacency <- read.csv("county42-adjacency.csv", colClasses = "character")
n <- ncol(countyCounts)
countyWeights <- matrix(0, n, n, dimnames = list(colnames(countyCounts), colnames(countyCounts)))
countyWeights[cbind(countyAdjacency$a, countyAdjacency$b)] <- 1
countyWeights[cbind(countyAdjacency$b, countyAdjacency$a)] <- 1
shares <- countyUnits$population / sum(countyUnits$population)
county <- sts(countyCounts, start = c(2024, 11), frequency = 12,
              population = matrix(shares, nrow(countyCounts), n, byrow = TRUE),
              neighbourhood = countyWeights)

## ---- fits ----------------------------------------------------------------------------

fits <- list(
  list(dataset = "measles4w", model = "base",
       fit = fitModel(measles, 13, measlesWeights)),
  list(dataset = "county42", model = "base",
       fit = fitModel(county, 12, countyWeights)),
  list(dataset = "county42", model = "unitIntercepts",
       fit = fitModel(county, 12, countyWeights, unitIntercepts = TRUE)))

estimates <- do.call(rbind, lapply(fits, function(f) {
  stopifnot(f$fit$convergence)
  data.frame(dataset = f$dataset, model = f$model,
             parameter = javaNames(names(f$fit$coefficients)),
             estimate = unname(f$fit$coefficients), se = unname(f$fit$se))
}))
write.csv(estimates, "reference-fits.csv", row.names = FALSE, quote = FALSE)

logliks <- do.call(rbind, lapply(fits, function(f) {
  data.frame(dataset = f$dataset, model = f$model, loglik = f$fit$loglikelihood,
             observations = nobs(f$fit), maxAbsScore = maxAbsScore(f$fit))
}))
write.csv(logliks, "reference-loglik.csv", row.names = FALSE, quote = FALSE)

## ---- one-step-ahead forecasts and their scores ----------------------------------------
## tp = last period fitted (1-based row); the forecast is for row tp + 1. Rolling refits,
## each started from the previous estimates (oneStepAhead's defaults).

oneStep <- function(f, tps) {
  osa <- oneStepAhead(f$fit, tp = range(tps), type = "rolling", verbose = FALSE)
  stopifnot(osa$allConverged)
  size <- exp(osa$psi[, 1])
  sc <- scores(osa, which = c("logs", "rps", "dss"), individual = TRUE, reverse = FALSE)
  rows <- seq_along(tps)
  do.call(rbind, lapply(rows, function(r) data.frame(
    dataset = f$dataset, model = f$model, period = tps[r] + 1, unit = colnames(osa$pred),
    observed = osa$observed[r, ], mean = osa$pred[r, ], size = size[r],
    logs = sc[r, , "logs"], rps = sc[r, , "rps"], dss = sc[r, , "dss"])))
}
osa <- rbind(oneStep(fits[[1]], 20:25), oneStep(fits[[2]], 18:23))
write.csv(osa, "reference-onestep.csv", row.names = FALSE, quote = FALSE)

countyOsa <- osa[osa$dataset == "county42", ]
pitHist <- pit(countyOsa$observed, pdistr = "pnbinom", mu = countyOsa$mean,
               size = countyOsa$size, J = 10, plot = FALSE)
write.csv(data.frame(dataset = "county42", model = "base", bin = 1:10, density = pitHist$density),
          "reference-pit.csv", row.names = FALSE, quote = FALSE)

print(logliks)
print(estimates)
