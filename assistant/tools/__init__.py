"""The freelancer's daily tools: quotes, briefs, scope checks and the style generator."""
