variable "posthog_project_api_key" {
  description = "Public PostHog project key (phc_...)"
  type        = string
}

variable "posthog_personal_api_key" {
  description = "PostHog personal API key of the portal-readonly service account"
  type        = string
  sensitive   = true
}

variable "environment" {
  type    = string
  default = "staging"
}
